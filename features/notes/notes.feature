@notes @readonly
Feature: A contact's notes
  Notes written about a contact, as a plain list that can be searched and ordered.

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

  @writes
  Scenario Outline: A contact's notes are the notes written about it, in the order asked
    Given a contact I created, called "mine"
    And contact "mine" has a note "First note {marker}", called "first"
    And contact "mine" has a note "Second note {marker}", called "second"
    When I call GET /contacts/{mine}/notes?orderBy=n.id&orderByDir=<direction>
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "total" is "2"
    And the entries at "notes" are "<order>", in this order
    And the entries at "notes" include one with:
      | id   | {first}             |
      | text | First note {marker} |

    Examples:
      | direction | order         |
      | ASC       | first, second |
      | DESC      | second, first |

  @writes
  Scenario: A search narrows a contact's notes
    Given a contact I created, called "mine"
    And contact "mine" has a note "First note {marker}", called "first"
    And contact "mine" has a note "Second note {marker}", called "second"
    When I call GET /contacts/{mine}/notes?search=Second
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "notes" are "second"
    And the value at "total" is "1"
