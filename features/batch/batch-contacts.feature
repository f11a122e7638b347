@batch @writes
Feature: Contacts in batches
  Up to 200 contacts can be created, edited or deleted in one call. The answer holds every contact and
  a status code per item; each change is read back.

  Scenario: Create contacts in a batch
    When I call POST /contacts/batch/new with:
      """
      [
        {"firstname": "Batch", "lastname": "{marker}", "email": "batch.one.{marker}@example.com"},
        {"firstname": "Batch", "lastname": "{marker}", "email": "batch.two.{marker}@example.com"}
      ]
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "contacts" has at least 2 entries
    And the value at "statusCodes.0" is "201"
    And the value at "statusCodes.1" is "201"
    And the id at "contacts.0.id" is called "one"
    And the id at "contacts.1.id" is called "two"
    And reading contact "one" shows "email" as "batch.one.{marker}@example.com"
    And reading contact "two" shows "email" as "batch.two.{marker}@example.com"

  Scenario: Edit contacts in a batch
    Given contacts I created:
      | name | firstname | city |
      | one  | One       | Oslo |
      | two  | Two       | Oslo |
    When I call PATCH /contacts/batch/edit with:
      """
      [{"id": {one}, "city": "Tromsø"}, {"id": {two}, "city": "Bergen"}]
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "statusCodes.0" is "200"
    And reading contact "one" shows "city" as "Tromsø"
    And reading contact "two" shows "city" as "Bergen"
    And reading contact "two" shows "firstname" as "Two"

  Scenario: Replace contacts in a batch
    Given contacts I created:
      | name | firstname | city |
      | one  | One       | Oslo |
    When I call PUT /contacts/batch/edit with:
      """
      [{"id": {one}, "firstname": "Replaced", "lastname": "{marker}", "email": "one.{marker}@example.com"}]
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "statusCodes.0" is "200"
    And reading contact "one" shows "firstname" as "Replaced"
    And reading contact "one" shows no "city"

  Scenario: Delete contacts in a batch
    Given a contact I created, called "one"
    And a contact I created, called "two"
    When I call DELETE /contacts/batch/delete?ids={one},{two}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contacts" has at least 2 entries
    And contact "one" does not exist
    And contact "two" does not exist
