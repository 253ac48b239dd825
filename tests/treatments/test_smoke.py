def test_treatment_page_is_served_under_the_english_prefix(client, treatment):
    response = client.get("/en/treatments/micro-needling/")
    assert response.status_code == 200
