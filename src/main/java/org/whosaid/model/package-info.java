/** Immutable records shared by every layer; depends on nothing else in WhoSaid. */
package org.whosaid.model;
