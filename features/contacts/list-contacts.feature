@contacts @writes @list-parameters
Feature: Listing contacts: search, filters, order and pages
  Every list parameter must have its effect. The kit proves it on three contacts of its own, found by
  searching for the run's marker, which only they carry.

  Background:
    Given contacts I created:
      | name | firstname | city   |
      | cid  | Cid       | Oslo   |
      | ann  | Ann       | Bergen |
      | bob  | Bob       | Oslo   |

  Scenario: A search finds exactly the contacts that match it
    When I call GET /contacts?search={marker}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "cid, ann, bob"
    And the value at "total" is "3"
    And the entries at "contacts" carry the fields I gave them

  Scenario: A search command on a field narrows the search
    When I call GET /contacts?search=city:Oslo%20{marker}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "cid, bob"
    And the value at "total" is "2"

  Scenario: A page holds at most "limit" contacts, and the total counts them all
    When I call GET /contacts?search={marker}&orderBy=id&limit=2
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "cid, ann", in this order
    And the value at "total" is "3"

  Scenario: "start" skips the first contacts
    When I call GET /contacts?search={marker}&orderBy=id&start=1&limit=1
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "ann", in this order
    And the value at "total" is "3"

  Scenario Outline: Contacts are ordered by a field, in either direction
    When I call GET /contacts?search={marker}&orderBy=firstname&orderByDir=<direction>
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "<order>", in this order

    Examples:
      | direction | order         |
      | ASC       | ann, bob, cid |
      | DESC      | cid, bob, ann |

  Scenario: Order clauses sort by several columns
    When I call GET /contacts?search={marker}&order[0][col]=city&order[0][dir]=asc&order[1][col]=firstname&order[1][dir]=desc
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "ann, cid, bob", in this order

  Scenario: A where clause filters the contacts
    When I call GET /contacts?search={marker}&where[0][col]=city&where[0][expr]=eq&where[0][val]=Oslo
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "cid, bob"
    And the value at "total" is "2"

  Scenario: Minimal contacts come without their heavy parts
    When I call GET /contacts?search={marker}&minimal=true
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "cid, ann, bob"
    And no entry at "contacts" has "doNotContact"
    And no entry at "contacts" has "utmtags"

  Scenario: Selected columns are the only fields answered
    When I call GET /contacts?search={marker}&select[]=id&select[]=city
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are "cid, ann, bob"
    And every entry at "contacts" has "fields.all.city"
    And no entry at "contacts" has "fields.all.firstname"
