/** The picocli commands: parse options, call the pipeline, print one line per problem, return the exit code. */
package org.briefingengine.cli;
