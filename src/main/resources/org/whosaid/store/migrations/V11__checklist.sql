-- What the importer takes out of an article's text but keeps as its metadata (issue 13): the wire dateline that
-- opened the first paragraph ("KYIV, Ukraine (AP)") and the page's corrections box, its lines joined by a line break.
-- Both stay out of the text so that neither becomes a statement; articles stored before have neither (NULL).
ALTER TABLE article ADD COLUMN dateline TEXT;
ALTER TABLE article ADD COLUMN corrections TEXT;
