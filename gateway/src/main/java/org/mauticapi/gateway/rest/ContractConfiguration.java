package org.mauticapi.gateway.rest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.mauticapi.contract.MauticApiContract;

/**
 * The contract, read once from the spec packaged in {@code mautic-api-spec}.
 */
@Configuration(proxyBeanMethods = false)
class ContractConfiguration {

	@Bean
	MauticApiContract mauticApiContract() {
		return MauticApiContract.load();
	}

}
