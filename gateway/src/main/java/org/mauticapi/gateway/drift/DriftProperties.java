package org.mauticapi.gateway.drift;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The drift sentinel, under {@code mautic.drift.*}: whether Mautic's answers are checked
 * against the contract beside the requests' way, so that an upgrade's or a plugin's
 * deviations show in production.
 *
 * @param mode {@code off}, {@code sample} (one answer in {@link #sampleEvery}) or
 * {@code all}
 * @param sampleEvery in {@code sample} mode, check one answer of this many
 * @param recent how many deviations {@code /actuator/drift} lists, latest first
 * @param queue how many answers may wait to be checked; beyond that an answer is skipped
 * (and counted), never delayed
 */
@ConfigurationProperties("mautic.drift")
public record DriftProperties(@DefaultValue("off") Mode mode, @DefaultValue("100") int sampleEvery,
		@DefaultValue("50") int recent, @DefaultValue("256") int queue) {

	/** How many answers are checked. */
	public enum Mode {

		/** None. */
		OFF,

		/** One in {@code sample-every}. */
		SAMPLE,

		/** Every answer of an operation of the contract. */
		ALL

	}

}
