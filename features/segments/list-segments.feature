@segments @writes @list-parameters
Feature: Listing segments: search, published, order and pages
  Every list parameter must have its effect. The kit proves it on three segments of its own, found by
  searching for the run's marker, which only they carry.

  Background:
    Given segments I created:
      | name  | published |
      | beta  | true      |
      | gamma | false     |
      | alpha | true      |

  Scenario: A search finds exactly the segments that match it
    When I call GET /segments?search={marker}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" are "alpha, beta, gamma"
    And the value at "total" is "3"

  Scenario: Only published segments, when asked
    When I call GET /segments?search={marker}&published=1
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" are "alpha, beta"
    And the value at "total" is "2"

  Scenario Outline: Segments are ordered by name, in either direction
    When I call GET /segments?search={marker}&orderBy=name&orderByDir=<direction>
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" are "<order>", in this order

    Examples:
      | direction | order              |
      | ASC       | alpha, beta, gamma |
      | DESC      | gamma, beta, alpha |

  Scenario: A page holds at most "limit" segments after "start", and the total counts them all
    When I call GET /segments?search={marker}&orderBy=name&start=1&limit=1
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" are "beta", in this order
    And the value at "total" is "3"

  Scenario: A where clause filters the segments
    When I call GET /segments?search={marker}&where[0][col]=isPublished&where[0][expr]=eq&where[0][val]=0
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" are "gamma"
    And the value at "total" is "1"

  Scenario: Minimal segments come without their filters
    When I call GET /segments?search={marker}&minimal=true
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" are "alpha, beta, gamma"
    And no entry at "lists" has "filters"
