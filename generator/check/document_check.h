#pragma once
// The check stage for the documents drawn from a bank (content/documents/*.yaml, model/document.h):
// each names the bank it is drawn `from`, and is checked against that bank's compiled model (its
// questions, their types and choices), so that a renamed question or choice is an error at the
// document's line rather than a blank the buyer would never see filled.
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/site_model.h"
#include "model/tool.h"

namespace check {

/// One tool per valid document, in file order, holding a copy of the compiled bank it is drawn
/// from (`tools`: the banks' tools, as check_banks made them). Reports, each at its position:
/// unknown or missing keys (with a suggestion), an id taken by a bank or another document, a
/// `from` bank that does not exist or is not of the kind the document reads (a synthesis reads a
/// questionnaire, a notice a checklist or grid), unknown questions and choices, {field} slots that
/// name no field, and missing or unknown page-script messages. A document with any error is left
/// out; a document drawn from a bank that did not compile is left to that bank's own errors.
std::vector<model::Tool> check_documents(const model::Site& site, const std::vector<model::Tool>& tools,
                                         diag::Diagnostics& diags);

/// The names of the sentences (`messages:`) the page script of a document kind reads ("synthesis"
/// or "notice"); empty for another kind.
const std::vector<std::string>& document_message_keys(const std::string& kind);

}  // namespace check
