use super::*;

#[test]
fn only_a_web_address_with_a_host_is_a_public_address() {
    #[rustfmt::skip]
    let rows = [
        ("https://example.org/hours/", Some("https://example.org/hours/")),
        ("  http://192.168.1.20:8080/  ", Some("http://192.168.1.20:8080/")),
        ("HTTPS://Example.org", Some("HTTPS://Example.org")),
        ("https://example.org/hours/?from=hall", Some("https://example.org/hours/?from=hall")),
        ("javascript:alert(1)", None),
        ("file:///home/kiosk/index.html", None),
        ("data:text/html,hi", None),
        ("//example.org/", None),
        ("example.org", None),
        ("https://", None),
        ("https:///path", None),
        ("https://:80/", None),
        ("https://example.org/a b", None),
        ("https://example.org/#top", None),
        ("https://example.org/\"><script>", None),
        ("", None),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter(|(value, want)| public_address(value).as_deref() != *want)
        .map(|(value, want)| format!("{value:?}: got {:?}, want {want:?}", public_address(value)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_public_address_is_read_decoded_from_the_query() {
    let kiosk = Kiosk::from_query("?mode=kiosk&public=https%3A%2F%2Fexample.org%2Fhours%2F");
    assert_eq!(
        kiosk.public_url.as_deref(),
        Some("https://example.org/hours/")
    );
    assert_eq!(kiosk.idle_ms, 90_000);
    assert_eq!(kiosk.prompt_ms, 20_000);
    let refused = Kiosk::from_query("?mode=kiosk&public=javascript%3Aalert(1)");
    assert_eq!(refused.public_url, None);
    assert_eq!(Kiosk::from_query("?mode=kiosk").public_url, None);
}

#[test]
fn the_phone_link_is_the_same_view_on_the_public_page() {
    let kiosk = Kiosk {
        public_url: Some("https://example.org/hours/".into()),
        ..Kiosk::default()
    };
    assert_eq!(
        kiosk.phone_link("?hall=tax&lang=en").as_deref(),
        Some("https://example.org/hours/?hall=tax&lang=en")
    );
    assert_eq!(
        kiosk.phone_link("").as_deref(),
        Some("https://example.org/hours/")
    );
    let with_query = Kiosk {
        public_url: Some("https://example.org/?site=pg".into()),
        ..Kiosk::default()
    };
    assert_eq!(
        with_query.phone_link("?view=plan").as_deref(),
        Some("https://example.org/?site=pg&view=plan")
    );
    assert_eq!(Kiosk::default().phone_link("?view=plan"), None);
}

#[test]
fn left_alone_the_screen_asks_after_90_seconds_and_goes_home_20_later() {
    let kiosk = Kiosk::default();
    #[rustfmt::skip]
    let rows = [
        (0.0, IdlePhase::InUse),
        (89_999.0, IdlePhase::InUse),
        (90_000.0, IdlePhase::Asking(20)),
        (90_001.0, IdlePhase::Asking(20)),
        (99_000.0, IdlePhase::Asking(11)),
        (109_000.0, IdlePhase::Asking(1)),
        (109_999.0, IdlePhase::Asking(1)),
        (110_000.0, IdlePhase::Expired),
        (1e9, IdlePhase::Expired),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter(|(ms, want)| kiosk.idle_phase(*ms) != *want)
        .map(|(ms, want)| format!("{ms}: got {:?}, want {want:?}", kiosk.idle_phase(*ms)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(kiosk.check_every_ms(), 1000);
    let quick = Kiosk {
        idle_ms: 300,
        prompt_ms: 200,
        ..Kiosk::default()
    };
    assert_eq!(quick.check_every_ms(), 20);
    assert_eq!(quick.idle_phase(350.0), IdlePhase::Asking(1));
}
