package org.mauticapi.sandbox.contact;

import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The stages contacts can be put in: what the contact form and the contact's
 * serialisation need from the stage store. Implemented by the stage package; called under
 * the state's lock.
 */
public interface ContactStagesView {

	/**
	 * A stage as a contact shows it ({@code stageList} group).
	 * @param id the stage
	 * @return the stage, empty when there is none with that id
	 */
	Optional<ObjectNode> stage(long id);

}
