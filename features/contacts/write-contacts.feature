@contacts @writes
Feature: Creating, editing and deleting contacts
  Contacts are created, edited (partly with PATCH, wholly with PUT) and deleted one at a time.
  Every contact these scenarios create carries the run's marker and is deleted afterwards.

  Scenario: Create a contact
    When I call POST /contacts/new with:
      """
      {"firstname": "Ada", "lastname": "{marker}", "email": "ada.{marker}@example.com"}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "contact.fields.all.email" contains the run's marker

  Scenario: A contact with an invalid email is refused
    When I call POST /contacts/new with:
      """
      {"firstname": "Invalid", "lastname": "{marker}", "email": "not-an-email"}
      """
    Then the status is 400
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 400

  Scenario: Edit some fields of a contact
    Given a contact I created, called "mine"
    When I call PATCH /contacts/{mine}/edit with:
      """
      {"city": "Bergen"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.fields.all.city" is "Bergen"

  Scenario: Editing a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call PATCH /contacts/{nobody}/edit with:
      """
      {"firstname": "Ghost", "lastname": "{marker}"}
      """
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: Replace a contact
    Given a contact I created, called "mine"
    When I call PUT /contacts/{mine}/edit with:
      """
      {"firstname": "Grace", "lastname": "{marker}", "email": "mine.{marker}@example.com"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is the id of "mine"
    And the value at "contact.fields.all.firstname" is "Grace"

  Scenario: Replacing a contact that does not exist creates one, with a new id
    Given an id that no contact has, called "nobody"
    When I call PUT /contacts/{nobody}/edit with:
      """
      {"firstname": "Created", "lastname": "{marker}", "email": "put.{marker}@example.com"}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is not the id of "nobody"

  Scenario: Delete a contact
    Given a contact I created, called "mine"
    When I call DELETE /contacts/{mine}/delete
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is null
    And contact "mine" no longer exists

  Scenario: Deleting a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call DELETE /contacts/{nobody}/delete
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
