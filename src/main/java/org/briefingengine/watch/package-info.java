/**
 * The watch loop for analysts editing rules: recompiles the rules and re-runs the analysis on every saved change
 * under the rules or facts folder, and prints what appeared or disappeared; writes nothing.
 */
package org.briefingengine.watch;
