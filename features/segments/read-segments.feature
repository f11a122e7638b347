@segments @readonly
Feature: Reading segments
  Segments group contacts, by filters or by hand. Mautic keys the list by segment id.

  Scenario: Get one segment
    Given a segment that exists, called "segment"
    When I call GET /segments/{segment}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "list.id" is the id of "segment"

  Scenario: A segment that does not exist is not found
    Given an id that no segment has, called "nowhere"
    When I call GET /segments/{nowhere}
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: List segments
    Given a segment that exists, called "segment"
    When I call GET /segments?limit=3
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "lists" has at least 1 entry
    And the value at "lists" has at most 3 entries
    And the total at "total" is at least the number of entries at "lists"

  Scenario: Listing segments needs credentials
    When I call GET /segments without credentials
    Then the status is 401
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 401
