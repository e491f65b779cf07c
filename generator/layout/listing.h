#pragma once
// A folder's listing ("Dans ce chapitre"): every child page with its description, on the folder's
// index page, and when there are more than kListingPageSize of them, on numbered pages after it
// (index-2.html, index-3.html…), linked by a page navigation. Each page of a listing stays light
// however many pages the folder holds.
#include <string>
#include <vector>

#include "layout/navigation.h"
#include "layout/page_layout.h"

namespace layout {

/// Children on one page of a listing.
constexpr size_t kListingPageSize = 100;

/// The children a folder's listing shows, in menu order: those with a page of their own.
std::vector<const NavNode*> listed_children(const NavNode& folder);

/// Pages of a listing of `listed` children (1 for none).
size_t listing_page_count(size_t listed);

/// Page `number` (from 1) of the listing whose first page is `index_url`: "a/index.html" for 1,
/// "a/index-2.html" for 2.
std::string listing_url(const std::string& index_url, size_t number);

/// Sets, for page `number` of the listing of the folder whose index page is `index`:
/// has_children / children (label, href, description) and has_pagination / pagination (the page
/// navigation: label, href, current, gap, rel), links relative to `from_url`.
void set_listing_data(const SiteContext& ctx, int index, size_t number, const std::string& from_url,
                      Data& data);

/// The output paths and HTML of the listing pages after the first (the first is the folder's
/// index page itself); none for a folder of at most kListingPageSize pages.
std::vector<std::pair<std::string, std::string>> render_listing_pages(
    const SiteContext& ctx, int index, const Templates& templates, std::vector<std::string>& unknown);

/// Reports every page that would be written where a listing page of `nav` goes (a page
/// "a/index-2.md" beside the index of a folder of more than kListingPageSize pages).
void report_listing_collisions(const std::vector<model::Page>& pages, const Navigation& nav,
                               diag::Diagnostics& diags);

}  // namespace layout
