package org.mauticapi.sandbox.field;

import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two field APIs Mautic routes ({@code /api/fields/{object}}): contact fields and
 * company fields.
 */
@Configuration(proxyBeanMethods = false)
class FieldKinds {

	@Bean
	FieldKind contactFieldKind(FieldStore fields, SandboxState state, UserStore users) {
		return new FieldKind("lead", fields, state, users);
	}

	@Bean
	FieldKind companyFieldKind(FieldStore fields, SandboxState state, UserStore users) {
		return new FieldKind("company", fields, state, users);
	}

}
