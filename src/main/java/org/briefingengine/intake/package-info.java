/** Bring your own data: CSV tables turned into fact files by a declarative mapping. */
package org.briefingengine.intake;
