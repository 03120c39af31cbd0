package org.whosaid.service;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.whosaid.analysis.AttributionEngine;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.OutletDirectory;
import org.whosaid.store.ArticlePages;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.CodingRepository;
import org.whosaid.store.Database;
import org.whosaid.store.FeedRepository;
import org.whosaid.store.LibraryLocation;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;

/** Wires the services of one database by hand (constructor injection; no framework is needed at this size). */
public final class Services implements AutoCloseable {
    private final Database database;
    private final LibraryService library;
    private final ImportService imports;
    private final AnnotationService annotation;
    private final ExportService export;
    private final CompareService compare;
    private final AuditService audit;
    private final SourceService sources;
    private final AnalysisService analysis;
    private final FeedService feeds;
    private final PartyService parties;
    private final AgreementService agreement;
    private final Coder coder = Coder.ofSystemUser();

    private Services(Database database, Supplier<AttributionEngine> engine, Supplier<OutletDirectory> outlets) {
        this.database = database;
        ArticleRepository articles = new ArticleRepository(database);
        StatementRepository statements = new StatementRepository(database);
        SourceRepository sources = new SourceRepository(database);
        TopicRepository topics = new TopicRepository(database);
        PartyRepository parties = new PartyRepository(database);
        this.library = new LibraryService(articles, statements, parties, sources, topics,
                new ArticlePages(database));
        ArticleReader reader = new ArticleReader();
        this.imports = new ImportService(reader, (text, dateline) -> engine.get().analyzeArticle(text, dateline), articles, outlets);
        this.analysis = new AnalysisService(articles, statements, (text, dateline) -> engine.get().analyzeArticle(text, dateline));
        this.feeds = new FeedService(reader, imports, new FeedRepository(database));
        CodingRepository codings = new CodingRepository(database);
        CodingWrites writes = new CodingWrites(statements, codings, coder);
        this.sources = new SourceService(sources, statements, articles, coder);
        this.annotation = new AnnotationService(statements, sources, this.sources, writes);
        this.compare = new CompareService(articles, statements, topics, parties, writes);
        this.audit = new AuditService(articles, statements, parties);
        this.parties = new PartyService(parties);
        this.agreement = new AgreementService(articles, statements, sources, codings, annotation.curating());
        this.export = new ExportService(articles, statements, sources, topics, compare, audit, writes);
    }

    /**
     * Opens the database (creating and migrating it as needed). The engine, with the lexicons of the database's data
     * folder, is loaded on the first import, so a window on the library shows without waiting for it.
     */
    public static Services open(Path databaseFile) {
        return withEngine(Database.open(databaseFile), databaseFile);
    }

    /**
     * Opens the library at {@code location}, a file or a shared library on a server. A shared library's lexicons and
     * outlets are the user's own, in the default data folder (~/.whosaid), as no file of the server is theirs.
     */
    public static Services open(LibraryLocation location) {
        if (location instanceof LibraryLocation.File file) {
            return open(file.path());
        }
        return withEngine(Database.open(location), DatabaseLocation.resolve(null, java.util.Map.of()));
    }

    /**
     * Opens the shared library at a {@code postgresql://} URL (creating its tables when the database or schema is
     * empty). Without a password in the URL the driver reads the standard password file, ~/.pgpass or $PGPASSFILE.
     */
    public static Services openShared(String url) {
        return open(new LibraryLocation.Shared(org.whosaid.store.PostgresUrl.parse(url)));
    }

    /** As {@link #openShared(String)}, with the password the user typed (kept in memory only). */
    public static Services openShared(String url, String password) {
        return open(new LibraryLocation.Shared(org.whosaid.store.PostgresUrl.parse(url).withPassword(password)));
    }

    /** True when {@code failure} is a server refusing the login: the app then asks for the password. */
    public static boolean isLoginRefused(Throwable failure) {
        return failure instanceof org.whosaid.store.StoreException e && e.kind() == org.whosaid.store.StoreException.Kind.NEEDS_PASSWORD;
    }

    /** Opens an existing library for reading only: listing, showing, comparing and exporting never change it. */
    public static Services openReadOnly(Path databaseFile) {
        return withEngine(Database.openReadOnly(databaseFile), databaseFile);
    }

    private static Services withEngine(Database database, Path databaseFile) {
        return new Services(database, new Memoized<>(() -> {
            AttributionEngine engine = AttributionEngine.withLexicons(DatabaseLocation.dataFolder(databaseFile));
            // A party a user added to the gazetteer arrives with its colour before its first statement is stored.
            new PartyRepository(database).addMissing(engine.partyColours());
            return engine;
        }), new Memoized<>(() -> OutletDirectory.load(DatabaseLocation.dataFolder(databaseFile))));
    }

    /** The library's file; null for a shared library on a server ({@link #libraryName()}). */
    public Path databaseFile() {
        return database.file();
    }

    /** Where the library is, as the user is shown it: its file or its server's URL (never with a password). */
    public String libraryName() {
        return database.name();
    }

    /** True for a shared library on a server, where others' changes arrive while it is open. */
    public boolean isShared() {
        return database.url() != null;
    }

    /** Who edits through these services: their name is stamped on every edit. */
    public Coder coder() {
        return coder;
    }

    public AgreementService agreement() {
        return agreement;
    }

    public LibraryService library() {
        return library;
    }

    public ImportService imports() {
        return imports;
    }

    public FeedService feeds() {
        return feeds;
    }

    public AnnotationService annotation() {
        return annotation;
    }

    public ExportService export() {
        return export;
    }

    public PartyService parties() {
        return parties;
    }

    public CompareService compare() {
        return compare;
    }

    public AuditService audit() {
        return audit;
    }

    public SourceService sources() {
        return sources;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    /**
     * Calls {@code onChange}, on a thread of its own, when another coder's process changes this shared library (and
     * after a lost connection is back); never for a library in a file. Closing the result stops it.
     */
    public AutoCloseable onChangesElsewhere(Runnable onChange) {
        return database.onChangesElsewhere(onChange);
    }

    /**
     * Calls {@code onDamage} with the reason, on a thread of its own, if the integrity check that runs beside the
     * opening finds the library's file damaged; from then on every change is refused with that reason.
     */
    public void onDamageFound(java.util.function.Consumer<String> onDamage) {
        database.onDamageFound(onDamage);
    }

    public String integrityCheck() {
        return database.integrityCheck();
    }

    @Override
    public void close() {
        database.close();
    }
}
