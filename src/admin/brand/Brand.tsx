import './Brand.scss'

interface BrandProps {
  name: string
  logoUrl: string
}

/** The login page's logo: the newsroom's mark and name, in place of Payload's. */
export const Logo = ({ name, logoUrl }: BrandProps) => (
  <span className="newsroom-brand" data-newsroom-brand="logo">
    <img alt="" className="newsroom-brand__mark" height={48} src={logoUrl} width={48} />
    <span className="newsroom-brand__name">{name}</span>
  </span>
)

/** The header's small mark (the link home), in place of Payload's. */
export const Icon = ({ name, logoUrl }: BrandProps) => (
  <img alt={name} className="newsroom-brand__icon" data-newsroom-brand="icon" height={24} src={logoUrl} width={24} />
)
