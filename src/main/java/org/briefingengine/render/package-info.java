/** Report writers, one per format, each in its own package so frameworks stay at the edges. */
package org.briefingengine.render;
