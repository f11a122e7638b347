package org.mauticapi.sandbox.seed;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the {@code sandbox.seed} setting into a script: {@code demo} (the default data
 * set), {@code empty}, or the path of a user's JSON script file.
 */
public final class SeedScripts {

	private SeedScripts() {
	}

	/**
	 * The script a setting names.
	 * @param setting {@code demo}, {@code empty} or a file path
	 * @return the script
	 * @throws SeedScriptException when the file cannot be read or is not a valid script
	 */
	public static SeedScript forSetting(String setting) {
		return switch (setting.strip().toLowerCase(Locale.ROOT)) {
			case "demo" -> DemoSeed.script();
			case "empty", "" -> SeedScript.EMPTY;
			default -> SeedScript.read(Path.of(setting.strip()));
		};
	}

}
