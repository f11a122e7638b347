@point-groups @readonly @since-5.1
Feature: Reading point group scores
  From Mautic 5.1 a contact has a score per point group. On an older Mautic these scenarios are not run.

  Scenario: List a contact's point group scores
    Given a contact with point group scores, called "scored"
    When I call GET /contacts/{scored}/points/groups
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScores" has at least 1 entry
    And the total at "total" is at least the number of entries at "groupScores"

  Scenario: Get a contact's score in one point group
    Given a contact with point group scores, called "scored"
    And a point group that contact "scored" has a score in, called "group"
    When I call GET /contacts/{scored}/points/groups/{group}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.group.id" is the id of "group"

  Scenario: The point group scores of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/points/groups
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  @writes
  Scenario: A contact's scores list every point group it has a score in
    Given a point group, called "group"
    And a contact I created, called "mine"
    And contact "mine" scores 7 in point group "group"
    When I call GET /contacts/{mine}/points/groups
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "total" is "1"
    And the entries at "groupScores" include one with:
      | score    | 7       |
      | group.id | {group} |
