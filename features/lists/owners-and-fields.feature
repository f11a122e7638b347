@lists @readonly
Feature: Owners and fields available to contacts
  The users a contact can be assigned to, and the fields a contact (and a company) can have.

  Scenario: List the available owners
    When I call GET /contacts/list/owners
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: List the available fields
    When I call GET /contacts/list/fields
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "" has at least 1 entry
