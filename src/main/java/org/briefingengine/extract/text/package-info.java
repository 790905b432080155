/**
 * Tokens with character offsets, normalised and stemmed by Lucene's analysers (Arabic normalisation and light
 * stemming, French elision and light stemming, English plural stemming); the only package that imports Lucene.
 */
package org.briefingengine.extract.text;
