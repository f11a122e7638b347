@point-groups @writes @since-5.1
Feature: Changing point group scores
  A contact's score in a point group can be raised, lowered, set, divided and multiplied. The kit only
  changes the scores of contacts it created, in a point group the target has (or, when it has none, one
  the kit creates for the run). Each change is read back.

  Background:
    Given a point group, called "group"
    And a contact I created, called "mine"
    And contact "mine" scores 12 in point group "group"

  Scenario Outline: Change a point group score
    When I call POST /contacts/{mine}/points/groups/{group}/<operator>/<value>
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "groupScore.score" is "<score>"
    And the value at "groupScore.group.id" is the id of "group"
    And reading contact "mine" shows a score of <score> in point group "group"

    Examples:
      | operator | value | score |
      | plus     | 3     | 15    |
      | minus    | 2     | 10    |
      | set      | 40    | 40    |
      | divide   | 3     | 4     |
      | times    | 2     | 24    |

  Scenario: A point group score of a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call POST /contacts/{nobody}/points/groups/{group}/plus/1
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
