package org.mauticapi.sandbox.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Turns off Spring's validation of the generated interfaces' constraints: the sandbox
 * imitates Mautic, which accepts or fails on bad input in its own ways; stopping bad
 * input is the gateway's job.
 */
@Configuration(proxyBeanMethods = false)
public class NoRequestValidation implements WebFluxConfigurer {

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
