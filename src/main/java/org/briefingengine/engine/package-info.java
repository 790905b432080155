/** The only package that imports Drools: builds the rule base from {@code rules/} at run time and runs sessions. */
package org.briefingengine.engine;
