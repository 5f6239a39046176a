/**
 * An HTTP service example on the JDK's built-in server: newskit for services not written in Java.
 * Start it with {@code newskit serve}; see {@link dev.newskit.examples.service.NewsService} for the
 * endpoints.
 */
package dev.newskit.examples.service;
