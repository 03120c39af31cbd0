/** SQLite or PostgreSQL storage: schema migrations, repositories returning model records, full-text search. No JDBC outside this package. */
package org.whosaid.store;
