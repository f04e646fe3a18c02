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
  "errors.step_up_required":
    "Authentification renforcée requise : confirmez votre identité avec un second facteur.",
  "errors.invalid_second_factor": "Code incorrect ou déjà utilisé.",
  "errors.totp_already_enrolled": "Une application d'authentification est déjà enregistrée.",
  "errors.totp_not_enrolled": "Aucune application d'authentification n'est enregistrée.",
  "errors.password_too_weak":
    "Mot de passe trop faible : au moins 12 caractères, et pas un mot de passe courant.",
} as const;

export type MessageKey = keyof typeof fr;
