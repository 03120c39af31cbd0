/** The command line: the same services as the app, no UI. */
package org.whosaid.cli;
