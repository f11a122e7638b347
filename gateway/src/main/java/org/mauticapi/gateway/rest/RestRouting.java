package org.mauticapi.gateway.rest;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.reactive.config.PathMatchConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

import org.mauticapi.spec.proxy.api.ContactsApi;
import org.mauticapi.spec.proxy.api.SegmentsApi;

/**
 * Mounts the generated interfaces under {@code /api}, where Mautic serves them (the spec's paths are relative to its
 * server URL, {@code {baseUrl}/api}), and leaves their bean-validation annotations unchecked: the contract validator
 * has checked every parameter already, with messages that name them as the caller wrote them.
 */
@Configuration(proxyBeanMethods = false)
class RestRouting implements WebFluxConfigurer {

	@Override
	public void configurePathMatching(PathMatchConfigurer configurer) {
		configurer.addPathPrefix("/api", HandlerTypePredicate.forAssignableType(ContactsApi.class, SegmentsApi.class));
	}

	@Override
	public Validator getValidator() {
		return new Validator() {

			@Override
			public boolean supports(Class<?> type) {
				return false;
			}

			@Override
			public void validate(Object target, Errors errors) {
			}

		};
	}

}
