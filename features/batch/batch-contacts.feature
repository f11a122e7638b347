@batch @writes
Feature: Contacts in batches
  Up to 200 contacts can be created, edited or deleted in one call. The answer holds every contact and
  a status code per item.

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

  Scenario: Edit contacts in a batch
    Given a contact I created, called "one"
    And a contact I created, called "two"
    When I call PATCH /contacts/batch/edit with:
      """
      [{"id": {one}, "city": "Oslo"}, {"id": {two}, "city": "Bergen"}]
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "statusCodes.0" is "200"

  Scenario: Replace contacts in a batch
    Given a contact I created, called "one"
    When I call PUT /contacts/batch/edit with:
      """
      [{"id": {one}, "firstname": "Replaced", "lastname": "{marker}", "email": "one.{marker}@example.com"}]
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "statusCodes.0" is "200"

  Scenario: Delete contacts in a batch
    Given a contact I created, called "one"
    And a contact I created, called "two"
    When I call DELETE /contacts/batch/delete?ids={one},{two}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contacts" has at least 2 entries
    And contact "one" no longer exists
