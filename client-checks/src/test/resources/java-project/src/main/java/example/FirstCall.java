package example;

import org.mauticapi.client.MauticApiClient;

/**
 * The first call of api-spec/README.md, as written there (JavaClientIT writes it in below).
 */
public final class FirstCall {

	public static void main(String[] args) {
		/*README-FIRST-CALL*/
	}

}
