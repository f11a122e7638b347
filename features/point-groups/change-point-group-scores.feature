@point-groups @writes @since-5.1
Feature: Changing point group scores
  A contact's score in a point group can be raised, lowered, set, divided and multiplied. The kit only
  changes the scores of contacts it created, in a point group the target already has.

  Background:
    Given a point group that some contact has a score in, called "group"
    And a contact I created, called "mine"
    And contact "mine" scores 12 in point group "group"

  Scenario: Add to a point group score
    When I call POST /contacts/{mine}/points/groups/{group}/plus/3
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.score" is "15"

  Scenario: Subtract from a point group score
    When I call POST /contacts/{mine}/points/groups/{group}/minus/2
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.score" is "10"

  Scenario: Set a point group score
    When I call POST /contacts/{mine}/points/groups/{group}/set/40
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.score" is "40"

  Scenario: Divide a point group score
    When I call POST /contacts/{mine}/points/groups/{group}/divide/3
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.score" is "4"

  Scenario: Multiply a point group score
    When I call POST /contacts/{mine}/points/groups/{group}/times/2
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.score" is "24"

  Scenario: A point group score of a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call POST /contacts/{nobody}/points/groups/{group}/plus/1
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
