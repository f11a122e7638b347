@segments @writes
Feature: Creating, editing and deleting segments
  Every segment these scenarios create carries the run's marker in its name and is deleted afterwards.
  Each change is read back.

  Scenario: Create a segment
    When I call POST /segments/new with:
      """
      {"name": "Conformance new {marker}", "description": "{marker}", "isPublished": true}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "list.name" is "Conformance new {marker}"
    And the value at "list.isPublished" is "true"
    And the id at "list.id" is called "new"
    And reading segment "new" shows "name" as "Conformance new {marker}"
    And reading segment "new" shows "description" as "{marker}"

  Scenario: A segment without a name is refused, and not created
    When I call POST /segments/new with:
      """
      {"description": "nameless-{marker}"}
      """
    Then the status is 400
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 400
    And no segment matches the search "nameless-{marker}"

  Scenario: Edit a segment, keeping what is not given
    Given a published segment I created, called "club"
    When I call PATCH /segments/{club}/edit with:
      """
      {"description": "Edited by {marker}"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.description" is "Edited by {marker}"
    And reading segment "club" shows "description" as "Edited by {marker}"
    And reading segment "club" shows "isPublished" as "true"

  Scenario: Editing a segment that does not exist is not found
    Given an id that no segment has, called "nowhere"
    When I call PATCH /segments/{nowhere}/edit with:
      """
      {"name": "Ghost {marker}"}
      """
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
    And segment "nowhere" does not exist

  Scenario: Replace a segment: what is not given is emptied
    Given a published segment I created, called "club"
    When I call PUT /segments/{club}/edit with:
      """
      {"name": "Conformance replaced {marker}", "isPublished": true}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is the id of "club"
    And reading segment "club" shows "name" as "Conformance replaced {marker}"
    And reading segment "club" shows no "description"

  Scenario: Replacing a segment that does not exist creates one, with a new id
    Given an id that no segment has, called "nowhere"
    When I call PUT /segments/{nowhere}/edit with:
      """
      {"name": "Conformance put {marker}", "description": "{marker}"}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is not the id of "nowhere"
    And the id at "list.id" is called "created"
    And reading segment "created" shows "name" as "Conformance put {marker}"
    And segment "nowhere" does not exist

  Scenario: Delete a segment
    Given a published segment I created, called "club"
    When I call DELETE /segments/{club}/delete
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is null
    And the value at "list.name" contains the run's marker
    And segment "club" does not exist
    And no segment matches the search "club {marker}"

  Scenario: Deleting a segment that does not exist is not found
    Given an id that no segment has, called "nowhere"
    When I call DELETE /segments/{nowhere}/delete
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
