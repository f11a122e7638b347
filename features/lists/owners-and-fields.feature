@lists @readonly
Feature: Owners and fields available to contacts
  The users a contact can be assigned to, and the fields a contact (and a company) can have.

  Scenario: List the available owners
    When I call GET /contacts/list/owners
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "" has at least 1 entry

  Scenario: A page of owners holds at most "limit" of them
    When I call GET /contacts/list/owners?limit=1
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "" has at most 1 entry

  @writes
  Scenario: The user who creates a contact is among the available owners
    Given a contact I created, called "mine"
    When I call GET /contacts/list/owners
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "" include the user who created contact "mine"

  Scenario: List the available fields
    When I call GET /contacts/list/fields
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "" include one with:
      | alias | email |
      | type  | email |
    And the entries at "" include one with:
      | alias | firstname |
    And the entries at "" include one with:
      | alias | lastname |
