package org.mauticapi.conformance.support;

import java.net.URI;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.http.Credentials;

/**
 * How many contacts and segments a target holds, and the total of their ids, to tell that
 * a run left the target's data as it found it.
 *
 * @param contacts the contacts' total
 * @param segments the segments' total
 */
public record TargetCounts(String contacts, String segments) {

	public static TargetCounts of(String baseUrl) {
		MauticHttp http = new MauticHttp(URI.create(baseUrl), new Credentials.Basic("admin", "mautic"));
		return new TargetCounts(total(http, "/contacts?limit=1&minimal=true"), total(http, "/segments?limit=1"));
	}

	private static String total(MauticHttp http, String path) {
		return http.send("GET", path, null, Authentication.VALID).body().path("total").asString();
	}

}
