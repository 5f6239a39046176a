/**
 * An HTTP service on embedded Jetty 12: newskit for services not written in Java. Start it with
 * {@code newskit serve}; see {@link dev.newskit.examples.service.NewsService} for the endpoints and
 * {@code /openapi.json} for their description.
 */
@NullMarked
package dev.newskit.examples.service;

import org.jspecify.annotations.NullMarked;
