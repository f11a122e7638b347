@utm @writes
Feature: UTM tags
  The campaign parameters a contact arrived with (utm_source, utm_campaign, ...) are recorded on the
  contact, and can be removed again.

  Scenario: Record UTM tags on a contact
    Given a contact I created, called "mine"
    When I call POST /contacts/{mine}/utm/add with:
      """
      {"utm_source": "newsletter", "utm_medium": "email", "utm_campaign": "{marker}", "url": "https://example.com/landing"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is the id of "mine"
    And reading contact "mine" shows a UTM tag with:
      | utmSource   | newsletter                  |
      | utmMedium   | email                       |
      | utmCampaign | {marker}                    |
      | url         | https://example.com/landing |

  Scenario: Remove a UTM tag from a contact
    Given a contact I created, called "mine"
    And contact "mine" has a UTM tag, called "tag"
    When I call POST /contacts/{mine}/utm/{tag}/remove
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "recordFound" is "true"
    And reading contact "mine" shows no UTM tag "tag"

  Scenario: UTM tags of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call POST /contacts/{nobody}/utm/add with:
      """
      {"utm_source": "newsletter"}
      """
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
