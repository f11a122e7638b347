@segments @writes
Feature: Creating, editing and deleting segments
  Every segment these scenarios create carries the run's marker in its name and is deleted afterwards.

  Scenario: Create a segment
    When I call POST /segments/new with:
      """
      {"name": "Conformance new {marker}", "description": "{marker}", "isPublished": true}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "list.name" contains the run's marker

  Scenario: A segment without a name is refused
    When I call POST /segments/new with:
      """
      {"description": "{marker}"}
      """
    Then the status is 400
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 400

  Scenario: Edit a segment
    Given a published segment I created, called "club"
    When I call PATCH /segments/{club}/edit with:
      """
      {"description": "Edited by {marker}"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.description" is "Edited by {marker}"

  Scenario: Editing a segment that does not exist is not found
    Given an id that no segment has, called "nowhere"
    When I call PATCH /segments/{nowhere}/edit with:
      """
      {"name": "Ghost {marker}"}
      """
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: Replace a segment
    Given a published segment I created, called "club"
    When I call PUT /segments/{club}/edit with:
      """
      {"name": "Conformance replaced {marker}", "description": "{marker}", "isPublished": true}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is the id of "club"

  Scenario: Replacing a segment that does not exist creates one, with a new id
    Given an id that no segment has, called "nowhere"
    When I call PUT /segments/{nowhere}/edit with:
      """
      {"name": "Conformance put {marker}", "description": "{marker}"}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is not the id of "nowhere"

  Scenario: Delete a segment
    Given a published segment I created, called "club"
    When I call DELETE /segments/{club}/delete
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is null

  Scenario: Deleting a segment that does not exist is not found
    Given an id that no segment has, called "nowhere"
    When I call DELETE /segments/{nowhere}/delete
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
