package org.mauticapi.sandbox.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.reactive.config.PathMatchConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Serves the controllers under {@code /api}, as Mautic routes its REST API, while leaving
 * the server root to what Mautic serves there (the tracking pixel
 * {@code /mtracking.gif}); a base path for the whole server would hide it.
 */
@Configuration(proxyBeanMethods = false)
public class ApiPathConfiguration implements WebFluxConfigurer {

	/** The root of Mautic's REST API. */
	public static final String API = "/api";

	@Override
	public void configurePathMatching(PathMatchConfigurer configurer) {
		configurer.addPathPrefix(API, HandlerTypePredicate.forAnnotation(RestController.class));
	}

}
