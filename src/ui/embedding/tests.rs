use super::*;
use crate::ui::route::View;

fn attributes<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

#[test]
fn the_page_is_a_page_unless_the_frame_mode_is_asked_for() {
    assert_eq!(Embedding::from_page_query("").mode, Mode::Page);
    assert_eq!(Embedding::from_page_query("?view=plan").mode, Mode::Page);
    assert_eq!(Embedding::from_page_query("?mode=embed").mode, Mode::Frame);
    assert_eq!(
        Embedding::from_page_query("?lang=en&mode=embed").mode,
        Mode::Frame
    );
    assert_eq!(Embedding::from_page_query("?mode=other").mode, Mode::Page);
    assert_eq!(
        Embedding::from_page_query("?lang=en&mode=kiosk").mode,
        Mode::Kiosk
    );
}

#[test]
fn a_hall_screen_reads_its_public_address_and_remembers_no_choice() {
    let kiosk = Embedding::from_page_query("?mode=kiosk&public=https%3A%2F%2Fexample.org%2F");
    assert!(kiosk.is_kiosk() && kiosk.owns_document() && kiosk.shows_title());
    assert_eq!(
        kiosk.kiosk.public_url.as_deref(),
        Some("https://example.org/")
    );
    assert!(
        !kiosk.remembers_choices(),
        "the next visitor uses the same screen"
    );
    assert_eq!(kiosk.link("?view=plan"), "./?view=plan");
    // Only a hall screen reads `public=`: a page or frame never shows a code.
    let page = Embedding::from_page_query("?public=https%3A%2F%2Fexample.org%2F");
    assert_eq!((page.mode, page.kiosk.public_url), (Mode::Page, None));
    let element = Embedding::from_attributes(attributes(&[]), "./");
    assert!(Embedding::default().remembers_choices());
    assert!(Embedding::from_page_query("?mode=embed").remembers_choices());
    assert!(!element.remembers_choices() && !element.is_kiosk());
}

#[test]
fn an_element_reads_its_attributes() {
    let e = Embedding::from_attributes(
        attributes(&[
            ("layout", "compact"),
            ("hall", "household"),
            ("heading-level", "3"),
            ("url-state", "ph"),
        ]),
        "https://example.org/hours/",
    );
    assert_eq!(e.mode, Mode::Element);
    assert_eq!(e.layout, Layout::Compact);
    assert_eq!(e.hall.as_deref(), Some("household"));
    assert_eq!(e.heading_level, 3);
    assert_eq!(e.url_prefix.as_deref(), Some("ph"));
    assert_eq!(e.link("?view=plan"), "https://example.org/hours/?view=plan");
}

#[test]
fn bad_attribute_values_fall_back_to_the_defaults() {
    let e = Embedding::from_attributes(
        attributes(&[
            ("layout", "wide"),
            ("hall", " "),
            ("heading-level", "9"),
            ("url-state", "a&b"),
        ]),
        "./",
    );
    assert_eq!(e.layout, Layout::Full);
    assert_eq!(e.hall, None);
    assert_eq!(e.heading_level, 2);
    assert_eq!(e.url_prefix, None);
    let none = Embedding::from_attributes(attributes(&[]), "./");
    assert_eq!((none.heading_level, none.url_prefix), (2, None));
}

#[test]
fn headings_start_at_the_hosts_level() {
    let page = Embedding::default();
    assert_eq!((page.heading(2), page.heading(3)), ("h2", "h3"));
    let at =
        |level: &str| Embedding::from_attributes(attributes(&[("heading-level", level)]), "./");
    assert_eq!((at("2").heading(2), at("2").heading(3)), ("h2", "h3"));
    assert_eq!((at("4").heading(2), at("4").heading(3)), ("h4", "h5"));
    assert_eq!((at("6").heading(2), at("6").heading(3)), ("h6", "h6"));
    assert_eq!(at("1").heading(2), "h1", "a host may ask for h1 itself");
}

#[test]
fn only_the_page_shows_the_title_and_only_an_element_leaves_the_document_alone() {
    let element = Embedding::from_attributes(attributes(&[]), "./");
    let frame = Embedding::from_page_query("?mode=embed");
    let page = Embedding::default();
    assert!(page.shows_title() && !frame.shows_title() && !element.shows_title());
    assert!(page.owns_document() && frame.owns_document() && !element.owns_document());
    assert_eq!(page.link("?view=plan"), "./?view=plan");
}

#[test]
fn the_widget_route_is_read_from_its_own_parameters_only() {
    let route = route_in_host_query("?q=news&id=7&ph-view=matters&ph-q=%E6%88%B7", "ph");
    assert_eq!(route.view, View::Matters);
    assert_eq!(route.query, "户");
    let none = route_in_host_query("?q=news&view=plan", "ph");
    assert_eq!(none.view, View::Now);
    assert_eq!(none.query, "");
}

#[test]
fn writing_the_widget_route_keeps_every_host_parameter() {
    assert_eq!(
        host_query_with("?q=news&id=7", "ph", "?view=plan&lang=en"),
        "?q=news&id=7&ph-view=plan&ph-lang=en"
    );
    assert_eq!(
        host_query_with("?q=news&ph-view=plan&id=7", "ph", "?view=matters"),
        "?q=news&id=7&ph-view=matters"
    );
    assert_eq!(host_query_with("?q=news&ph-view=plan", "ph", ""), "?q=news");
    assert_eq!(host_query_with("", "ph", ""), "");
    assert_eq!(
        host_query_with("?phone=1", "ph", "?view=plan"),
        "?phone=1&ph-view=plan",
        "only the prefix with its dash is the widget's"
    );
}

#[test]
fn a_page_query_value_is_decoded() {
    assert_eq!(
        query_value("?view=plan&data=%2Fdata%2F2027%2F", "data").as_deref(),
        Some("/data/2027/")
    );
    assert_eq!(query_value("?view=plan", "data"), None);
}

#[test]
fn only_a_compact_element_leaves_for_the_full_page() {
    let compact = Embedding::from_attributes(attributes(&[("layout", "compact")]), "./");
    let full = Embedding::from_attributes(attributes(&[]), "./");
    assert!(!compact.switches_in_place());
    assert!(full.switches_in_place() && Embedding::default().switches_in_place());
}
