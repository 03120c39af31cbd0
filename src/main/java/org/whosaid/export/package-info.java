/** Writes the library in formats other tools read: whosaid-export/1 JSON, CSV, W3C Web Annotation, reports. */
package org.whosaid.export;
