@notes @readonly
Feature: A contact's notes
  Notes written about a contact, as a plain list.

  Scenario: List a contact's notes
    Given a contact with notes, called "someone"
    When I call GET /contacts/{someone}/notes
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the total at "total" is at least the number of entries at "notes"

  Scenario: The notes of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/notes
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
