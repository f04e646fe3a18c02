import type { AppMessageKey } from "./fr";

/** English interface dictionary: the type makes a missing key a compile error. */
export const en: Record<AppMessageKey, string> = {
  // The Marianne block is the State's logo and stays in French, like on every State service.
  "app.brandTop": "Ministère\nde l'Europe\net des Affaires\nétrangères",
  "app.name": "Diplomatie",
  "app.tagline": "Interministerial portal for diplomatic correspondence",

  "language.fr": "Français",
  "language.en": "English",
  "language.choose": "Select the language",

  "skipLinks.content": "Content",
  "skipLinks.navigation": "Menu",
  "skipLinks.footer": "Footer",

  "header.homeLinkTitle": "Home — Diplomatie (Ministry for Europe and Foreign Affairs)",
  "header.profileLinkTitle": "My profile",
  "header.signOut": "Sign out",

  "nav.home": "Home",
  "nav.directory": "Directory",
  "nav.admin": "Administration",
  "nav.help": "Help",

  "footer.description":
    "Diplomatie is the interministerial portal for diplomatic correspondence: drafting, publishing and archiving telegrams, notes and formal e-mails.",
  "footer.charter": "Conditions of use",
  "footer.help": "Help",

  "common.loading": "Loading…",
  "common.showMore": "Show more",
  "common.notProvided": "Not provided",
  "common.yes": "Yes",
  "common.no": "No",
  "common.inThisSection": "In this section",
  "common.networkError":
    "The server is not answering. Check your network connection and try again.",

  "notFound.title": "Page not found",
  "notFound.lead":
    "The page you are looking for does not exist or is not accessible to you. Check the address.",
  "notFound.backHome": "Back to the home page",

  "routeError.title": "An error occurred",
  "routeError.reload": "Reload the page",

  "marking.NP": "NP — Not protected",
  "marking.DR": "DR — Restricted",
  "marking.DR-SF": "DR-SF — Restricted, French nationals only",

  "clearance.NP": "NP clearance — Not protected",
  "clearance.DR": "DR clearance — Restricted",
  "clearance.npOnly": "Access to non-protected (NP) documents only.",
  "clearance.validUntil": "Valid until {date}.",
  "clearance.drsfAllowed":
    "May read DR-SF documents: the DR-SF marking (Restricted, Special France) reserves a DR document to French nationals.",
  "clearance.drsfDenied":
    "May not read DR-SF documents: the DR-SF marking (Restricted, Special France) reserves a DR document to French nationals.",

  "role.platform_admin": "Platform administrator",
  "role.archivist": "Archivist",
  "role.releaser": "Release authority",
  "role.community_manager": "Community manager",

  "userStatus.active": "Active",
  "userStatus.disabled": "Disabled",

  "communityKind.hierarchical": "Hierarchical community",
  "communityKind.transverse": "Transverse community",
  "membershipRole.manager": "Manager",
  "membershipRole.member": "Member",
  "membershipRole.guest": "Guest",

  "organizationKind.ministry": "Ministries and administrations",
  "organizationKind.company": "Partner companies",
  "organizationKind.other": "Other bodies",

  "unitKind.ministry_head": "Minister's office and services",
  "unitKind.general_directorate": "Directorate-general",
  "unitKind.directorate": "Directorate",
  "unitKind.sub_directorate": "Sub-directorate",
  "unitKind.office": "Office",
  "unitKind.embassy": "Embassy",
  "unitKind.consulate": "Consulate",
  "unitKind.permanent_representation": "Permanent representation",
  "unitKind.company_department": "Company department",

  "login.title": "Sign in to Diplomatie",
  "login.lead": "Sign in with your account's e-mail address and password.",
  "login.required": "You must sign in to open this page.",
  "login.email": "E-mail address",
  "login.emailHint": "Expected format: firstname.lastname@diplomatie.gouv.fr",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.help":
    "Forgotten password or locked account? Contact your department's administrator or your post's IT support.",

  "charter.title": "Conditions of use",
  "charter.lead": "These conditions set the rules that every user of Diplomatie agrees to follow.",
  "charter.version": "Version {version}",
  "charter.mustAccept": "Before using the portal, you must read and accept the conditions of use.",
  "charter.mustAcceptUpdate":
    "The conditions of use have been updated. Read and accept the new version to continue.",
  "charter.accept": "I accept the conditions of use",
  "charter.acceptedOn": "You accepted version {version} of the conditions of use on {date}.",
  "charter.purpose.title": "1. Purpose",
  "charter.purpose.body":
    "These conditions set the rules for using Diplomatie, the interministerial portal for diplomatic correspondence. They apply to everyone with an account: staff of the Ministry for Europe and Foreign Affairs, staff of partner administrations and invited external users. Access to the portal requires accepting them.",
  "charter.needToKnow.title": "2. Need to know",
  "charter.needToKnow.body":
    "You only access the information you need for your duties. The portal enforces this on every read: a document is shown to you only if your clearance covers its protection marking and you have a reason to see it (drafter, clearance circuit, addressee, member of a community it was shared with).",
  "charter.needToKnow.duty":
    "You do not try to bypass these controls, you never share your credentials and you pass no information to anyone who does not need to know it, including within your own department.",
  "charter.markings.title": "3. Protection markings",
  "charter.markings.body":
    "Every document carries a protection marking that determines who may read it and how it must be handled:",
  "charter.markings.np": "non-sensitive information, open to any user who needs to know it.",
  "charter.markings.dr":
    "information whose disclosure would harm the interests of the State; reserved to users holding a valid DR clearance.",
  "charter.markings.drsf":
    "DR information reserved to French nationals only; locally recruited staff of posts and foreign users may not read it, even with a DR clearance.",
  "charter.markings.handling":
    "You apply the right marking to every document you draft, you never lower it without its issuer's agreement and you never copy DR or DR-SF information into a tool or mailbox not intended for it.",
  "charter.classified.title": "4. No classified information",
  "charter.classified.body":
    "Diplomatie is not accredited for information classified under national defence secrecy. Entering, uploading or sending classified information (Secret, Top Secret) is strictly forbidden. The portal refuses those levels; any classified information found on the portal must be reported at once to the security officer.",
  "charter.traceability.title": "5. Traceability of operations",
  "charter.traceability.body":
    "Every operation on the portal (sign-ins, reads of protected documents, creations, changes, dispatches, administration) is written to a tamper-evident operations journal. Authorised staff may consult it for security, audit and administrative investigation purposes.",
  "charter.personalData.title": "6. Personal data (GDPR)",
  "charter.personalData.body":
    "The Ministry for Europe and Foreign Affairs processes your identification, assignment, clearance and connection data to manage your access to the portal, keep the directory and secure the information system. This processing is based on the performance of a task carried out in the public interest (article 6(1)(e) of the General Data Protection Regulation). Directory information is visible only to portal users; connection logs are kept for the period set by the ministry's security policy.",
  "charter.personalData.rights":
    "You have the right of access, rectification, restriction and objection, which you exercise with the ministry's data protection officer. You may also lodge a complaint with the CNIL.",
  "charter.security.title": "7. Securing your account",
  "charter.security.body":
    "Your password is strictly personal. Close your session when you leave your workstation; it also closes by itself after a period of inactivity. Report any suspicious use of your account to your administrator without delay.",
  "charter.sanctions.title": "8. Sanctions",
  "charter.sanctions.body":
    "Any breach of these conditions may lead to immediate suspension of access to the portal, without prejudice to disciplinary and criminal proceedings, in particular under public servants' duties of professional secrecy and discretion, article 226-13 of the French Criminal Code (breach of professional secrecy) and articles 323-1 and following of the same code (attacks on automated data processing systems).",

  "home.pageTitle": "Home",
  "home.title": "Welcome, {name}",
  "home.lead": "Here is your situation on the Diplomatie portal.",
  "home.identity": "My identity",
  "home.seeProfile": "See my full profile",
  "home.clearance": "My clearance",
  "home.assignments": "My assignments",
  "home.roles": "My roles",
  "home.communities": "My communities",
  "home.directory": "Directory",
  "home.directoryLead":
    "Find a colleague, a directorate or a post abroad, and the organisation charts of the administrations.",
  "home.directoryLink": "Open the directory",

  "identity.name": "Name",
  "identity.givenName": "Given name",
  "identity.familyName": "Family name",
  "identity.jobTitle": "Job title",
  "identity.jobTitleOptional": "Job title (optional)",
  "identity.organization": "Organisation",
  "identity.principalUnit": "Principal unit",
  "identity.email": "E-mail address",
  "identity.nationality": "Nationality",
  "identity.status": "Status",
  "identity.stateAgent": "State employee",
  "identity.external": "External user",

  "assignments.none": "No assignment.",
  "assignments.principal": "Principal assignment",
  "assignments.since": "Since {date}",
  "assignments.period": "From {from} to {to}",
  "roles.none": "No particular role.",
  "communities.none": "You are not a member of any community.",

  "profile.title": "My profile",
  "profile.identity": "Identity",
  "profile.clearance": "Clearance",
  "profile.assignments": "Assignments",
  "profile.roles": "Roles",
  "profile.communities": "Communities",
  "profile.account": "Account and session",
  "profile.charterAccepted": "Conditions of use",
  "profile.charterAcceptedValue": "Version {version} accepted on {date}",
  "profile.sessionExpires": "Session ends",
  "profile.idleTimeout": "Signed out after inactivity",
  "profile.minutes": "{count} min",
  "profile.readCharter": "Read the conditions of use again",

  "directory.section": "Directory",
  "directory.title": "Directory",
  "directory.lead": "Search for a person by name, and narrow down by unit or country of posting.",
  "directory.people": "People",
  "directory.orgCharts": "Organisation charts",
  "directory.posts": "Network of posts",
  "directory.searchFormLabel": "Directory search",
  "directory.searchPerson": "Search for a person",
  "directory.searchPersonHint": "Family name, given name or job title",
  "directory.filterUnit": "Unit",
  "directory.allUnits": "All units",
  "directory.filterCountry": "Country",
  "directory.allCountries": "All countries",
  "directory.submit": "Search",
  "directory.reset": "Clear the criteria",
  "directory.results": "Results",
  "directory.resultsCaption": "People matching the search",

  "people.name": "Name",
  "people.jobTitle": "Job title",
  "people.principalUnit": "Principal unit",
  "people.organization": "Organisation",
  "people.noResult": "Nobody matches these criteria.",
  "people.count": "People found: {count}",
  "people.countMore": "People shown: {count} (more results are available)",

  "unitPicker.search": "Filter units by name or acronym",
  "unitPicker.searchHint": "The list below updates as you type.",
  "unitPicker.choose": "Selected unit",
  "unitPicker.count": "Units offered: {count}",
  "unitPicker.refine": "Units offered: first {count}; refine the filter to see others.",

  "person.title": "Directory entry",
  "person.contact": "Contact details",
  "person.assignments": "Assignments",
  "person.roles": "Roles",

  "unit.title": "Unit",
  "unit.edit": "Edit the unit",
  "unit.addChild": "Add a sub-unit",
  "unit.children": "Sub-units ({count})",
  "unit.noChildren": "This unit has no sub-unit.",
  "unit.members": "Members ({count})",
  "unit.membersCaption": "Members of the unit {name}",

  "orgCharts.title": "Organisation charts",
  "orgCharts.lead": "Choose an organisation to see its chart.",
  "orgChart.lead":
    "Units are shown from the head of the organisation down to offices and posts. Expand a branch to see its sub-units.",
  "orgChart.empty": "No unit has been recorded for this organisation yet.",
  "orgChart.expandAll": "Expand all",
  "orgChart.collapseAll": "Collapse all",
  "orgChart.toggle": "Sub-units of {name} ({count})",

  "posts.title": "Network of posts",
  "posts.lead": "Embassies, consulates and permanent representations, by country.",
  "posts.filter": "Filter by country, post or city",
  "posts.filterHint": "For example: Germany, Munich",
  "posts.count": "Countries shown: {count}",
  "posts.caption": "Posts abroad by country",
  "posts.country": "Country",
  "posts.posts": "Posts",

  "admin.section": "Administration",
  "admin.users": "Users",
  "admin.units": "Units",
  "admin.journal": "Operations journal",

  "adminUsers.title": "Users",
  "adminUsers.create": "Create a user",
  "adminUsers.searchFormLabel": "Account search",
  "adminUsers.search": "Search for a user",
  "adminUsers.searchHint": "Family name, given name or e-mail address",
  "adminUsers.status": "Account status",
  "adminUsers.allStatuses": "All statuses",
  "adminUsers.clearance": "Clearance",
  "adminUsers.caption": "User accounts",
  "adminUsers.noResult": "No account matches these criteria.",
  "adminUsers.count": "Accounts found: {count}",
  "adminUsers.countMore": "Accounts shown: {count} (more results are available)",

  "adminUserCreate.title": "Create a user",
  "adminUserCreate.organization": "Organisation",
  "adminUserCreate.nationalityHint":
    "Determines access to DR-SF documents, which are reserved to French nationals.",
  "adminUserCreate.password": "Initial password",
  "adminUserCreate.passwordHint":
    "At least 12 characters. Give it to the user through a channel other than their e-mail.",
  "adminUserCreate.submit": "Create the account",

  "adminUser.title": "User account",
  "adminUser.timestamps": "Account created on {created}, last changed on {updated}.",
  "adminUser.directoryCard": "See their directory entry",
  "adminUser.identity": "Identity and status",
  "adminUser.statusHint": "A disabled account can no longer sign in.",
  "adminUser.assignments": "Assignments",
  "adminUser.clearances": "Clearances",
  "adminUser.roles": "Roles",

  "adminAssignments.caption": "Assignments of {name}",
  "adminAssignments.unit": "Unit",
  "adminAssignments.function": "Function",
  "adminAssignments.functionHint": "For example: drafter, head of post, political counsellor",
  "adminAssignments.principal": "Principal",
  "adminAssignments.period": "Period",
  "adminAssignments.remove": "Remove",
  "adminAssignments.removeLabel": "Remove the assignment {label}",
  "adminAssignments.confirmRemove": "Remove the assignment “{label}”?",
  "adminAssignments.add": "Add an assignment",
  "adminAssignments.startsOn": "Start date",
  "adminAssignments.endsOn": "End date (optional)",
  "adminAssignments.endsOnHint": "Leave empty for an assignment with no end date.",
  "adminAssignments.isPrincipal": "Principal assignment",
  "adminAssignments.isPrincipalHint": "The principal unit is the one shown in the directory.",
  "adminAssignments.submit": "Add the assignment",

  "adminClearances.caption": "Clearances of {name}",
  "adminClearances.none": "No clearance recorded.",
  "adminClearances.level": "Level",
  "adminClearances.validFrom": "Valid from",
  "adminClearances.validUntil": "Valid until",
  "adminClearances.state": "State",
  "adminClearances.current": "In force",
  "adminClearances.expired": "Expired",
  "adminClearances.future": "Upcoming",
  "adminClearances.revokedOn": "Revoked on {date}",
  "adminClearances.revoke": "Revoke",
  "adminClearances.revokeLabel": "Revoke the {level} clearance valid until {date}",
  "adminClearances.confirmRevoke": "Revoke this {level} clearance? It stops applying immediately.",
  "adminClearances.grant": "Grant a clearance",
  "adminClearances.drsfNote":
    "There is no DR-SF clearance: a French national holding a DR clearance reads DR-SF documents.",
  "adminClearances.submit": "Grant the clearance",

  "adminRoles.caption": "Roles of {name}",
  "adminRoles.role": "Role",
  "adminRoles.unit": "Unit concerned",
  "adminRoles.wholePlatform": "Whole platform",
  "adminRoles.revoke": "Revoke",
  "adminRoles.revokeLabel": "Revoke the role {role}",
  "adminRoles.confirmRevoke": "Revoke the role “{role}”?",
  "adminRoles.grant": "Grant a role",
  "adminRoles.unitRequired": "Choose the unit this role applies to.",
  "adminRoles.submit": "Grant the role",

  "adminUnits.title": "Units",
  "adminUnits.create": "Create a unit",
  "adminUnits.searchFormLabel": "Unit search",
  "adminUnits.search": "Search for a unit",
  "adminUnits.allKinds": "All kinds",
  "adminUnits.caption": "Units",
  "adminUnits.noResult": "No unit matches these criteria.",
  "adminUnits.count": "Units found: {count}",
  "adminUnits.countMore": "Units shown: {count} (more results are available)",
  "adminUnits.edit": "Edit",
  "adminUnits.editLabel": "Edit the unit {name}",
  "adminUnits.organization": "Organisation",
  "adminUnits.parent": "Parent unit",
  "adminUnits.noParent": "None (head unit of the organisation)",
  "adminUnits.kind": "Kind of unit",
  "adminUnits.name": "Name",
  "adminUnits.nameHint": "For example: Directorate for the European Union",
  "adminUnits.shortName": "Acronym",
  "adminUnits.shortNameHint": "For example: DUE",
  "adminUnits.country": "Country (optional)",
  "adminUnits.countryHint": "For posts abroad.",
  "adminUnits.noCountry": "None",
  "adminUnits.city": "City (optional)",
  "adminUnits.cityHint": "City where the post is located.",

  "adminUnitCreate.title": "Create a unit",
  "adminUnitCreate.under": "Sub-unit of: {name}",
  "adminUnitCreate.submit": "Create the unit",
  "adminUnitEdit.title": "Edit the unit {name}",
  "adminUnitEdit.seeInDirectory": "See the unit in the directory",
  "adminUnitEdit.readOnly": "You are not allowed to edit this unit.",

  "journal.title": "Operations journal",
  "journal.lead":
    "Every operation is written to a tamper-evident journal: each entry is linked to the previous one by its hash.",
  "journal.searchFormLabel": "Filter the journal",
  "journal.filterAction": "Action",
  "journal.filterActionHint": "For example: auth.login, user.update",
  "journal.filter": "Filter",
  "journal.caption": "Operations, newest first",
  "journal.noResult": "No operation matches this filter.",
  "journal.count": "Operations shown: {count}",
  "journal.seq": "No.",
  "journal.at": "Date",
  "journal.actor": "Actor",
  "journal.action": "Action",
  "journal.target": "Target",
  "journal.ip": "IP address",
  "journal.hash": "Hash",
  "journal.system": "System",

  "form.allRequired": "Unless stated otherwise, all fields are required.",
  "form.choose": "Choose from the list",
  "form.save": "Save",
  "form.saved": "Your changes have been saved.",
  "form.noChange": "There is no change to save.",
  "form.cancel": "Cancel",
  "form.actions": "Actions",
  "form.required": "This field is required.",
  "form.invalid": "This value is not valid.",
  "form.tooShort": "Enter at least {min} characters.",
  "form.tooLong": "Enter at most {max} characters.",
  "form.email": "Enter a valid e-mail address, for example firstname.lastname@diplomatie.gouv.fr.",
  "form.date": "Enter a valid date.",
  "form.endsBeforeStart": "The end date must come after the start date.",
  "form.countryCode": "Choose a country from the list.",
  "form.controlCharacter": "This text contains characters that are not allowed.",

  "help.title": "Help",
  "help.lead": "Answers to the most frequent questions about using Diplomatie.",
  "help.readCharter": "Read the conditions of use",
  "help.signIn.title": "Signing in",
  "help.signIn.howQ": "How do I sign in?",
  "help.signIn.howA":
    "Enter your account's e-mail address and your password on the sign-in page. Your session closes by itself after a period of inactivity; remember to sign out when you leave your workstation.",
  "help.signIn.forgotQ": "I forgot my password. What should I do?",
  "help.signIn.forgotA":
    "Contact your department's administrator or your post's IT support: they will give you a new initial password.",
  "help.signIn.lockedQ": "Why is my sign-in refused?",
  "help.signIn.lockedA":
    "After several failed attempts, signing in is suspended for a few minutes. If your account has been disabled, only an administrator can enable it again.",
  "help.signIn.charterQ": "Why must I accept conditions of use?",
  "help.signIn.charterA":
    "The conditions of use recall your obligations (need to know, protection markings, no classified information). You accept them when you first sign in and again for every new version.",
  "help.markings.title": "Protection markings",
  "help.markings.whatQ": "What do the NP, DR and DR-SF markings mean?",
  "help.markings.whatA":
    "The protection marking states how sensitive a document is and who may read it:",
  "help.markings.drsfQ": "Why can't I read a DR-SF document although I hold a DR clearance?",
  "help.markings.drsfA":
    "The DR-SF marking (Restricted, Special France) reserves a DR document to French nationals. Locally recruited staff and foreign users cannot read it, even with a DR clearance.",
  "help.markings.classifiedQ": "May I upload a Secret or Top Secret document?",
  "help.markings.classifiedA":
    "No. Diplomatie is not accredited for classified information and refuses those levels. Use the means provided for them and, if in doubt, ask the security officer.",
  "help.directory.title": "Directory",
  "help.directory.searchQ": "How do I find a colleague?",
  "help.directory.searchA":
    "In the directory, type all or part of their name. You can narrow the search to a unit or a country, then show more results at the bottom of the list.",
  "help.directory.missingQ": "A person or a unit does not appear. Why?",
  "help.directory.missingA":
    "The directory only shows the people and units visible to you. If information seems missing or wrong, tell your department's administrator.",
  "help.directory.postsQ": "Where can I find embassies and consulates?",
  "help.directory.postsA":
    "The “Network of posts” section of the directory lists embassies, consulates and permanent representations by country.",
  "help.privacy.title": "Privacy",
  "help.privacy.dataQ": "Which data about me can others see?",
  "help.privacy.dataA":
    "Other users see your name, job title, organisation, assignments and work e-mail address. Your clearance and nationality are visible only to you and to administrators.",
  "help.privacy.traceQ": "Are my operations recorded?",
  "help.privacy.traceA":
    "Yes. Sign-ins, reads of protected documents and changes are written to a tamper-evident operations journal that only authorised staff may consult.",
  "help.privacy.rightsQ": "How do I exercise my rights over my personal data?",
  "help.privacy.rightsA":
    "Contact the data protection officer of the Ministry for Europe and Foreign Affairs. You may also lodge a complaint with the CNIL.",

  "accessibility.title": "Accessibility",
  "accessibility.commitment":
    "The Ministry for Europe and Foreign Affairs is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.",
  "accessibility.statusTitle": "Compliance status",
  "accessibility.status":
    "Diplomatie has not yet been audited against the French accessibility framework (RGAA): it is therefore declared non-compliant.",
  "accessibility.effortsTitle": "Measures taken",
  "accessibility.effortDsfr":
    "The portal uses the French State design system (DSFR), which is designed to be accessible.",
  "accessibility.effortKeyboard":
    "Every function can be used with the keyboard; skip links lead straight to the content.",
  "accessibility.effortTests":
    "Automated accessibility tests run on the main pages with every change.",
  "accessibility.contactTitle": "Feedback and contact",
  "accessibility.contact":
    "If you cannot access some content or service, contact your department's IT support to be offered an accessible alternative.",
  "accessibility.remedyTitle": "Remedies",
  "accessibility.remedy":
    "If you report an accessibility defect that prevents you from accessing content and do not receive a satisfactory answer, you may refer the matter to the Défenseur des droits.",

  "legal.title": "Legal notice",
  "legal.publisherTitle": "Publisher",
  "legal.publisher":
    "Ministry for Europe and Foreign Affairs, 37 quai d'Orsay, 75007 Paris. Publication director: the ministry's secretary-general.",
  "legal.hostingTitle": "Hosting",
  "legal.hosting":
    "The portal is hosted in the data centres of the Ministry for Europe and Foreign Affairs.",
  "legal.dataTitle": "Personal data",
  "legal.data":
    "The personal data processed by the portal and your rights are described in the conditions of use.",
  "legal.termsTitle": "Terms of use",
  "legal.terms": "Using the portal requires accepting the",
};
