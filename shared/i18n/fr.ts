/** French dictionary — the reference: every key exists here first. */
export const fr = {
  "errors.invalid_input": "Certaines informations saisies ne sont pas valides.",
  "errors.malformed_request": "La requête est mal formée.",
  "errors.classified_marking_refused":
    "Les niveaux classifiés (Secret, Très Secret) ne peuvent pas être traités par ce portail.",
  "errors.unauthenticated": "Vous devez vous connecter.",
  "errors.invalid_credentials": "Adresse électronique ou mot de passe incorrect.",
  "errors.session_expired": "Votre session a expiré. Veuillez vous reconnecter.",
  "errors.charter_not_accepted": "Vous devez accepter la charte d'utilisation pour continuer.",
  "errors.forbidden": "Vous n'avez pas les droits nécessaires pour cette action.",
  "errors.account_disabled": "Ce compte est désactivé. Contactez votre administrateur.",
  "errors.not_found": "La ressource demandée n'existe pas ou ne vous est pas accessible.",
  "errors.conflict": "Cette opération entre en conflit avec l'état actuel des données.",
  "errors.email_taken": "Cette adresse électronique est déjà utilisée.",
  "errors.unit_cycle": "Une unité ne peut pas être rattachée à l'une de ses sous-unités.",
  "errors.payload_too_large": "Le contenu envoyé est trop volumineux.",
  "errors.unsupported_media_type": "Ce type de contenu n'est pas accepté.",
  "errors.too_many_requests": "Trop de requêtes. Veuillez patienter un instant.",
  "errors.too_many_login_attempts":
    "Trop de tentatives de connexion. Veuillez réessayer dans quelques minutes.",
  "errors.internal_error": "Une erreur interne est survenue. Elle a été enregistrée.",
  "errors.service_unavailable": "Le service est momentanément indisponible.",
  "errors.already_member": "Vous êtes déjà membre de cette communauté.",
  "errors.not_member": "Vous n'êtes pas membre de cette communauté.",
  "errors.community_invitation_only":
    "On n'entre dans cette communauté que sur invitation d'un gestionnaire.",
  "errors.membership_follows_assignment":
    "L'appartenance à une communauté hiérarchique suit les affectations : elle ne se demande ni ne se quitte.",
  "errors.membership_request_pending": "Une demande d'adhésion est déjà en attente.",
  "errors.membership_request_decided": "Cette demande d'adhésion a déjà été traitée.",
  "errors.last_manager": "Une communauté doit garder au moins un gestionnaire.",
  "errors.file_locked":
    "Ce fichier est extrait par une autre personne : elle seule peut en déposer une nouvelle version.",
  "errors.file_not_checked_out":
    "Extrayez d'abord le fichier pour en déposer une nouvelle version.",
  "errors.name_taken": "Un élément porte déjà ce nom à cet endroit.",
  "errors.share_not_readable_by_all":
    "Cette correspondance ne peut pas être partagée : certains membres de la communauté ne sont pas autorisés à la lire.",
  "errors.search_query_empty":
    "La recherche ne contient aucun mot à chercher (seulement des mots vides ou des exclusions).",
  "errors.search_query_too_complex":
    "La recherche est trop longue : au plus 16 termes, et 16 mots par expression exacte.",
  "errors.step_up_required":
    "Authentification renforcée requise : confirmez votre identité avec un second facteur.",
  "errors.invalid_second_factor": "Code incorrect ou déjà utilisé.",
  "errors.totp_already_enrolled": "Une application d'authentification est déjà enregistrée.",
  "errors.totp_not_enrolled": "Aucune application d'authentification n'est enregistrée.",
  "errors.password_too_weak":
    "Mot de passe trop faible : au moins 12 caractères, et pas un mot de passe courant.",
  "errors.saved_search_limit":
    "Vous avez atteint le nombre maximal de recherches enregistrées (50) : supprimez-en une d'abord.",
  // mail gateway — inbound
  "errors.quarantine_decided": "Ce message a déjà été traité.",
  "errors.mail_import_empty": "Aucun message à importer : envoyez des fichiers .eml ou .mbox.",
  /* partners and public diplomacy (issue 9) */
  "errors.not_releasable":
    "Ce document ne peut pas être diffusé : seul un document expédié dont tous les paragraphes sont NP peut l'être.",
  "errors.release_withdrawn": "Cette diffusion a déjà été retirée.",
  "errors.invitation_invalid": "Ce lien d'invitation n'est plus valable (expiré ou déjà utilisé).",
  "errors.not_publishable":
    "Ce document ne peut pas être publié : seul un document expédié dont tous les paragraphes sont NP peut l'être.",
  "errors.already_published": "Ce document est déjà publié.",
  /* habilitation */
  "errors.access_request_decided": "Cette demande d'accès a déjà été traitée.",
  "errors.activation_link_invalid":
    "Ce lien n'est plus valable (déjà utilisé ou expiré) : demandez une nouvelle invitation.",
  /* records management */
  "errors.series_code_taken": "Ce code est déjà celui d'une autre série du plan de classement.",
  "errors.series_cycle":
    "Une série ne peut pas être déplacée sous elle-même ou sous l'une de ses sous-séries.",
  "errors.series_closed": "Cette série est close : elle ne reçoit plus de pièces.",
  "errors.series_csv_invalid":
    "Le fichier CSV contient des lignes invalides : rien n'a été importé.",
  "errors.record_not_active": "Cette pièce n'est plus active (éliminée ou versée).",
  "errors.hold_empty": "Aucune pièce ne correspond : le gel n'a pas été posé.",
  "errors.hold_released": "Ce gel est déjà levé.",
  "errors.disposal_not_eligible":
    "Certaines pièces ne sont pas éliminables (échéance, sort final, gel ou bordereau en cours).",
  "errors.disposal_own_proposal":
    "Vous ne pouvez pas approuver un bordereau d'élimination que vous avez proposé.",
  /* archives */
  "errors.record_not_eligible":
    "Certaines pièces ne peuvent pas être versées : elles doivent être actives, non gelées, hors d'un autre versement et d'une série à conserver.",
  "errors.transfer_not_pending": "Ce versement a déjà reçu la réponse du service d'archives.",
  "errors.transfer_reply_invalid":
    "Ce fichier n'est pas un accusé de réception de versement (ArchiveTransferReply SEDA 2.2) lisible.",
  "errors.transfer_reply_mismatch": "Cette réponse concerne un autre versement.",
} as const;

export type MessageKey = keyof typeof fr;
