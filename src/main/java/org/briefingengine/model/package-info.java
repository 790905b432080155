/** Immutable fact and result records shared by every layer; no framework imports. */
package org.briefingengine.model;
