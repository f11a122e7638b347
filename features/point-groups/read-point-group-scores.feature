@point-groups @readonly @since-5.1
Feature: Reading point group scores
  From Mautic 5.1 a contact has a score per point group. On an older Mautic these scenarios are skipped.

  Scenario: List a contact's point group scores
    Given a contact with point group scores, called "scored"
    When I call GET /contacts/{scored}/points/groups
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScores" has at least 1 entry

  Scenario: Get a contact's score in one point group
    Given a contact with point group scores, called "scored"
    And a point group that some contact has a score in, called "group"
    When I call GET /contacts/{scored}/points/groups/{group}
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: The point group scores of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/points/groups
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
