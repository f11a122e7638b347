@user-segments @readonly
Feature: The segments a user can use
  The published segments available to the API user, keyed by id and sorted by name.

  Scenario: List the user's segments
    When I call GET /contacts/list/segments
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  @writes
  Scenario: The user's segments are the published ones, by name
    Given segments I created:
      | name   | published |
      | shown  | true      |
      | hidden | false     |
      | also   | true      |
    When I call GET /contacts/list/segments
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "" include "also, shown", in this order
    And the entries at "" do not include "hidden"
