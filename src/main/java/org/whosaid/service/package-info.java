/** Use cases shared by the desktop app and the command line: import, analysis, annotation, compare, audit, export. */
package org.whosaid.service;
